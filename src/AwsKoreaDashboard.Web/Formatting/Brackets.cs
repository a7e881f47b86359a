using System.Text.RegularExpressions;

namespace AwsKoreaDashboard.Web.Formatting;

/// <summary>
/// Puts a text in brackets the way a person writes it: "(2023–2027년, 5년)", never "(2023–2027년 (5년))". A
/// bracket inside the text becomes a comma clause.
/// </summary>
public static partial class Brackets
{
    [GeneratedRegex(@"\s*\(([^()]*)\)")]
    private static partial Regex Inner();

    public static string Around(string text) => $"({Flatten(text)})";

    /// <summary>The text with each bracketed part as a comma clause: "phased build to 2029, capacity schedule".</summary>
    public static string Flatten(string text) => Inner().Replace(text, ", $1").Trim();
}
