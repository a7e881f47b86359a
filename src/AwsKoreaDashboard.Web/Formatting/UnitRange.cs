using System.Globalization;

namespace AwsKoreaDashboard.Web.Formatting;

/// <summary>
/// The values a unit may take: amounts and counts are never negative, a percent is a share from 0 to 100,
/// a year is plausible, a month is 1 to 12. The bounds also keep every value inside what the formatters can write.
/// </summary>
public sealed record UnitRange(double Min, double Max, bool Whole = false)
{
    public bool Contains(double value) =>
        double.IsFinite(value) && value >= Min && value <= Max && (!Whole || value == Math.Round(value));

    public override string ToString() =>
        $"{Min.ToString("#,0.##", CultureInfo.InvariantCulture)} to {Max.ToString("#,0.##", CultureInfo.InvariantCulture)}{(Whole ? ", a whole number" : "")}";
}
