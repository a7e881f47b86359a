using System.Globalization;

namespace AwsKoreaDashboard.Web.Formatting;

/// <summary>
/// Writes a figure the way a reader of each language expects it: 7.85조 원, 58.8억 달러 and 1만 2,300명 in
/// Korean; ₩7.85T, $5.88B and 12,300 in English. Never 1.23만 for a head count.
/// </summary>
public static class NumberFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool IsKorean(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ko";

    /// <summary>"ko" or "en": the language of a reader's culture as addresses, payloads and file names write it.</summary>
    public static string LanguageOf(CultureInfo culture) => IsKorean(culture) ? "ko" : "en";

    public static string Format(double value, string unit, CultureInfo culture, bool approximate = false, string? qualifier = null, int maxFractionDigits = 4)
    {
        var korean = IsKorean(culture);
        var number = unit switch
        {
            Units.Krw => korean ? KoreanLarge(value, "원", maxFractionDigits) : EnglishMoney(value, "₩", maxFractionDigits),
            Units.Usd => korean ? KoreanLarge(value, "달러", maxFractionDigits) : EnglishMoney(value, "$", maxFractionDigits),
            Units.Percent => Decimal(value, 1) + "%",
            Units.PercentagePoints => korean ? Decimal(value, 1) + "%p" : Decimal(value, 1) + " pp",
            Units.Multiple => korean ? Decimal(value, 2) + "배" : Decimal(value, 2) + "×",
            Units.Fraction => SimpleFraction(value, korean),
            Units.Rank => korean ? Grouped(value) + "위" : Ordinal((long)Math.Round(value)),
            Units.Year => korean ? Plain(value) + "년" : Plain(value),
            Units.Month => korean ? Plain(value) + "월" : MonthName(value),
            Units.Years => korean ? Grouped(value) + "년" : Grouped(value) + (value == 1 ? " year" : " years"),
            Units.KrwPerUsd => korean ? $"1달러당 {Decimal(value, 2)}원" : $"₩{Decimal(value, 2)} per $1",
            Units.PeoplePerYear => korean ? $"연 {KoreanCount(value)}명" : $"{Grouped(value)} a year",
            Units.Employees => korean ? $"{KoreanCount(value)}인" : $"{Grouped(value)} employees",
            Units.Countries => korean ? $"{Grouped(value)}개국" : $"{Grouped(value)} countries",
            Units.Services => korean ? (approximate ? $"{Grouped(value)}여 종" : $"{Grouped(value)}종") : $"{Grouped(value)} services",
            Units.Zones => korean ? $"{Grouped(value)}개 구역" : $"{Grouped(value)} zones",
            _ => Decimal(value, maxFractionDigits),
        };

        // Korean writes "about" into the count itself (200여 종); everywhere else it is a prefix.
        var approximatePrefix = approximate && !(korean && unit == Units.Services)
            ? (korean ? "약 " : unit == Units.Services ? "some " : "about ")
            : "";
        var qualifierPrefix = qualifier == "up-to" ? (korean ? "최대 " : "up to ") : "";
        return qualifierPrefix + approximatePrefix + number;
    }

    /// <summary>Korean money in 조 (10^12) or 억 (10^8), as 7.85조 원 and 58.8억 달러.</summary>
    private static string KoreanLarge(double value, string currency, int digits)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e12)
        {
            return $"{Decimal(value / 1e12, digits)}조 {currency}";
        }

        if (magnitude >= 1e8)
        {
            return $"{Decimal(value / 1e8, digits)}억 {currency}";
        }

        if (magnitude >= 1e4)
        {
            return $"{Decimal(value / 1e4, digits)}만 {currency}";
        }

        return $"{Decimal(value, digits)} {currency}";
    }

    private static string EnglishMoney(double value, string symbol, int digits)
    {
        var magnitude = Math.Abs(value);
        var sign = value < 0 ? "-" : "";
        return magnitude switch
        {
            >= 1e12 => $"{sign}{symbol}{Decimal(magnitude / 1e12, digits)}T",
            >= 1e9 => $"{sign}{symbol}{Decimal(magnitude / 1e9, digits)}B",
            >= 1e6 => $"{sign}{symbol}{Decimal(magnitude / 1e6, digits)}M",
            _ => $"{sign}{symbol}{Decimal(magnitude, 0)}",
        };
    }

    /// <summary>A head count in Korean: 1만 2,300 rather than 1.23만.</summary>
    private static string KoreanCount(double value)
    {
        var whole = (long)Math.Round(value);
        if (Math.Abs(whole) < 10_000)
        {
            return whole.ToString("#,0", Invariant);
        }

        var man = whole / 10_000;
        var rest = Math.Abs(whole % 10_000);
        return rest == 0 ? $"{man.ToString("#,0", Invariant)}만" : $"{man.ToString("#,0", Invariant)}만 {rest.ToString("#,0", Invariant)}";
    }

    private static string SimpleFraction(double value, bool korean)
    {
        for (var denominator = 2; denominator <= 10; denominator++)
        {
            var numerator = Math.Round(value * denominator);
            if (numerator >= 1 && Math.Abs(numerator / denominator - value) < 1e-9)
            {
                return korean ? $"{denominator}분의 {numerator}" : $"{numerator}/{denominator}";
            }
        }

        return Decimal(value * 100, 1) + "%";
    }

    private static string MonthName(double value) =>
        value is >= 1 and <= 12 ? Invariant.DateTimeFormat.GetMonthName((int)Math.Round(value)) : Plain(value);

    private static string Ordinal(long n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString("#,0", Invariant) + suffix;
    }

    /// <summary>How many significant digits a card, a chart label or a slide shows: "$1.59B", not "$1.5875B".</summary>
    public const int BriefSignificantDigits = 3;

    /// <summary>
    /// A value as a person writes it in a card, a label or a slide: money, shares and multiples to at most
    /// <see cref="BriefSignificantDigits"/> significant digits ("$1.59B", "15.9억 달러"). Counts, years, ranks and
    /// rates are exact. The article's own figure, with every digit, stays in the evidence panel and the files.
    /// </summary>
    public static string FormatBrief(double value, string unit, CultureInfo culture, bool approximate = false, string? qualifier = null) =>
        Format(Brief(value, unit), unit, culture, approximate, qualifier);

    /// <summary>The value <see cref="FormatBrief"/> writes.</summary>
    public static double Brief(double value, string unit) =>
        Units.IsMoney(unit) || unit is Units.Percent or Units.PercentagePoints or Units.Multiple
            ? RoundSignificant(value, BriefSignificantDigits)
            : value;

    /// <summary>Rounds to a number of significant digits: a converted amount should not look more precise than its inputs.</summary>
    public static double RoundSignificant(double value, int digits)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) + 1 - digits);
        return Math.Round(value / scale) * scale;
    }

    // Adding +0.0 turns a -0 (from -0.0001 rounded) into 0, so nothing prints as "-0".
    public static string Decimal(double value, int maxFractionDigits) =>
        (Math.Round(value, maxFractionDigits) + 0.0).ToString("#,0." + new string('#', maxFractionDigits), Invariant);

    private static string Grouped(double value) => (Math.Round(value) + 0.0).ToString("#,0", Invariant);

    private static string Plain(double value) => (Math.Round(value) + 0.0).ToString("0", Invariant);
}
