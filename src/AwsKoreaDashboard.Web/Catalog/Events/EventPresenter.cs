using System.Globalization;
using AwsKoreaDashboard.Web.Formatting;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>
/// Shows follow-up amounts in the reader's language and currency. A conversion is the outlet's own where it
/// made one, else the page's named rate (never the article's implied 2023 rate), and is always marked.
/// </summary>
public sealed class EventPresenter(EventCatalog events, CultureInfo culture, string currency, IStringLocalizer localizer)
{
    public EventCatalog Events => events;

    public CultureInfo Culture => culture;

    public string Currency => currency;

    public bool IsKorean => NumberFormatter.IsKorean(culture);

    /// <summary>"ko" or "en": the reader's language as addresses and files name it.</summary>
    public string Language => NumberFormatter.LanguageOf(culture);

    /// <summary>The one way a converted amount is marked.</summary>
    public ConvertedMark Converted { get; } = new(localizer);

    public string Text(LocalizedText text) => text.In(culture);

    public ShownAmount Show(EventAmountRecord amount, TimelineEventRecord owner)
    {
        var statedBy = owner.Citations
            .Where(c => c.Values.Any(v => v.AmountKey == amount.Key && v.Currency == amount.Currency))
            .Select(c => c.Outlet).DistinctBy(o => o.Key).ToList();
        if (amount.Currency == currency)
        {
            return new ShownAmount(amount, Format(amount.Value, amount.Currency, amount.Approximate, amount.Qualifier, brief: true), [], false, statedBy);
        }

        var outletValues = owner.Citations
            .SelectMany(c => c.Values.Where(v => v.AmountKey == amount.Key && v.Currency == currency).Select(v => (c.Outlet, Value: v)))
            .Select(x => new ShownOutletValue(x.Outlet, Format(x.Value.Value, x.Value.Currency, x.Value.Approximate, x.Value.Qualifier, brief: true), x.Value.KrwPerUsd))
            .ToList();
        if (outletValues.Count > 0)
        {
            // The outlets' own conversions (each at the rate it stated): still conversions, so marked as such.
            var distinct = outletValues.Select(v => Converted.Label(v.Text)).Distinct().ToList();
            return new ShownAmount(amount, string.Join(" · ", distinct), outletValues, false, statedBy);
        }

        return new ShownAmount(amount, Format(ConvertAtPageRate(amount.Value, amount.Currency), currency, true, amount.Qualifier), [], true, statedBy);
    }

    /// <summary>An amount in the reader's currency at the page's rate, to three significant digits.</summary>
    public double ConvertAtPageRate(double value, string from)
    {
        var rate = events.PageRate?.KrwPerUsd ?? throw new InvalidOperationException("events.json names no page rate");
        var converted = from == Units.Usd ? value * rate : value / rate;
        return NumberFormatter.RoundSignificant(converted, 3);
    }

    /// <summary>
    /// A value with its unit and the outlet's own wording of "about", "at least" or "more than". Brief for an
    /// amount in the timeline or the chart (three significant digits, see <see cref="NumberFormatter.FormatBrief"/>);
    /// exact where outlets are quoted or compared ("$5.1B", "$5.11B", "$5.13B").
    /// </summary>
    public string Format(double value, string unit, bool approximate, string? qualifier, bool brief = false)
    {
        var number = unit == Megawatts
            ? (approximate ? localizer["Amount.About", Megawatt(value)] : Megawatt(value))
            : brief
                ? NumberFormatter.FormatBrief(value, unit, culture, approximate, qualifier == "up-to" ? qualifier : null)
                : NumberFormatter.Format(value, unit, culture, approximate, qualifier == "up-to" ? qualifier : null);
        return qualifier switch
        {
            "at-least" => localizer["Amount.AtLeast", number],
            "more-than" => localizer["Amount.MoreThan", number],
            _ => number,
        };
    }

    private const string Megawatts = "MW";

    private string Megawatt(double value) => localizer["Amount.Megawatts", NumberFormatter.Decimal(value, 2)];

    public string Rate(double krwPerUsd) => NumberFormatter.Format(krwPerUsd, Units.KrwPerUsd, culture);

    public string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>An event's date at its precision: 2025-06-20, 2025-06, 2025 Q2.</summary>
    public static string EventDate(TimelineEventRecord e) => e.Precision == "quarter" ? e.Date.Replace("-Q", " Q", StringComparison.Ordinal) : e.Date;
}
