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

    /// <summary>The range of each figure unit (see <see cref="UnitRange"/>).</summary>
    public static readonly IReadOnlyDictionary<string, UnitRange> Ranges = new Dictionary<string, UnitRange>(StringComparer.Ordinal)
    {
        [Krw] = new(0, 1e16),
        [Usd] = new(0, 1e14),
        [Percent] = new(0, 100),
        [PercentagePoints] = new(-100, 100),
        [Multiple] = new(0, 1e6),
        [Fraction] = new(0, 1),
        [Rank] = new(1, 1e6, Whole: true),
        [Year] = new(1900, 2100, Whole: true),
        [Month] = new(1, 12, Whole: true),
        [Years] = new(0, 1000),
        [KrwPerUsd] = new(0, 1e6),
        [PeoplePerYear] = new(0, 1e10),
        [Employees] = new(0, 1e10),
        [Countries] = new(0, 1000),
        [Services] = new(0, 1e6),
        [Zones] = new(0, 1e4),
    };

    public static bool IsMoney(string unit) => unit is Krw or Usd;

    /// <summary>Whether a figure in <paramref name="figureUnit"/> may be drawn on an axis in <paramref name="chartUnit"/>.</summary>
    public static bool Fits(string figureUnit, string chartUnit) =>
        chartUnit == Money ? IsMoney(figureUnit) : figureUnit == chartUnit;
}
