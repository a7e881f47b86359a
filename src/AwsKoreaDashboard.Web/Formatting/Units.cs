namespace AwsKoreaDashboard.Web.Formatting;

/// <summary>The closed set of units a figure or a chart axis may have. A unit outside it is a data error.</summary>
public static class Units
{
    public const string Krw = "KRW";
    public const string Usd = "USD";
    public const string Percent = "percent";
    public const string PercentagePoints = "percentage-points";
    public const string Multiple = "multiple";
    public const string Fraction = "fraction";
    public const string Rank = "rank";
    public const string Year = "year";
    public const string Month = "month";
    public const string Years = "years";
    public const string KrwPerUsd = "KRW-per-USD";
    public const string PeoplePerYear = "people-per-year";
    public const string Employees = "employees";
    public const string Countries = "countries";
    public const string Services = "services";
    public const string Zones = "zones";

    /// <summary>A chart axis in money: its figures are KRW or USD and follow the reader's currency.</summary>
    public const string Money = "money";

    public static readonly IReadOnlyList<string> FigureUnits =
    [
        Krw, Usd, Percent, PercentagePoints, Multiple, Fraction, Rank, Year, Month, Years, KrwPerUsd,
        PeoplePerYear, Employees, Countries, Services, Zones,
    ];

    public static readonly IReadOnlyList<string> ChartUnits = [.. FigureUnits, Money];

    public static bool IsMoney(string unit) => unit is Krw or Usd;

    /// <summary>Whether a figure in <paramref name="figureUnit"/> may be drawn on an axis in <paramref name="chartUnit"/>.</summary>
    public static bool Fits(string figureUnit, string chartUnit) =>
        chartUnit == Money ? IsMoney(figureUnit) : figureUnit == chartUnit;
}
