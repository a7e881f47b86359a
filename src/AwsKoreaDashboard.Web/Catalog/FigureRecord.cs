using System.Globalization;
using AwsKoreaDashboard.Web.Data;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>A figure as pages and the API show it, with its citation inline.</summary>
public sealed record FigureRecord(
    string Key,
    string Kind,
    LocalizedText Label,
    double Value,
    string Unit,
    bool Approximate,
    string? Qualifier,
    LocalizedText Period,
    string? PairKey,
    CitationRecord? Citation,
    string? Formula,
    IReadOnlyList<string> Inputs,
    LocalizedText? Note)
{
    public bool IsDerived => Kind == FigureKinds.Derived;

    public string Format(CultureInfo culture) => NumberFormatter.Format(Value, Unit, culture, Approximate, Qualifier);

    public string Formatted => Format(CultureInfo.CurrentUICulture);

    /// <summary>As <see cref="Format"/>, to the significant digits cards, labels and slides show.</summary>
    public string FormatBrief(CultureInfo culture) => NumberFormatter.FormatBrief(Value, Unit, culture, Approximate, Qualifier);
}
