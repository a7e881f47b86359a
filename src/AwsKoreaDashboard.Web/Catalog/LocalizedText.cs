using System.Globalization;
using System.Text.Json.Serialization;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>Text in Korean and English; <see cref="Current"/> picks the reader's language.</summary>
public sealed record LocalizedText(string Ko, string En)
{
    [JsonIgnore]
    public string Current => In(CultureInfo.CurrentUICulture);

    public string In(CultureInfo culture) => NumberFormatter.IsKorean(culture) ? Ko : En;

    public static LocalizedText? From(string? ko, string? en) => ko is null || en is null ? null : new LocalizedText(ko, en);

    public override string ToString() => Current;
}
