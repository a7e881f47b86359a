using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// The rules for data/ that a JSON Schema cannot state, in one place for every file (figures, charts, decks,
/// background, events): unique keys, references to other entries, calendar dates, a date's precision,
/// addresses, finite numbers, unit ranges, periods in order and quotes found verbatim. The schemas own shape
/// (what is required, types, allowed values, patterns) and run first, so nothing here checks shape again.
/// Every problem is an error naming file › entry › field.
/// </summary>
internal sealed partial class EntryReader(List<SeedError> errors)
{
    [GeneratedRegex("^([0-9]{4})-Q([1-4])$")]
    private static partial Regex QuarterPattern();

    public List<SeedError> Errors => errors;

    public void Error(EntryLocation at, string field, string message) => errors.Add(new SeedError(at.File, at.ToString(), field, message));

    public void Error(string file, string entry, string field, string message) => errors.Add(new SeedError(file, entry, field, message));

    /// <summary>The key, or null when an earlier entry of the same list took it (a schema cannot compare entries).</summary>
    public string? UniqueKey(EntryLocation at, string key, Func<string, bool> seen, string field = "key")
    {
        if (seen(key))
        {
            Error(at, field, $"'{key}' is used by an earlier entry; keys must be unique");
            return null;
        }

        return key;
    }

    /// <summary>Whether <paramref name="key"/> names an entry that exists; otherwise an error "'x' is not <paramref name="what"/>".</summary>
    public bool Reference(EntryLocation at, string field, string? key, Func<string, bool> exists, string what)
    {
        if (key is not null && exists(key))
        {
            return true;
        }

        Error(at, field, $"'{key}' is not {what}");
        return false;
    }

    /// <summary>A day of the calendar: the schema checks the form yyyy-MM-dd, not that 2025-06-31 does not exist.</summary>
    public DateOnly? Day(EntryLocation at, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(at, field, $"'{value}' is not a date in the form yyyy-MM-dd");
        return null;
    }

    /// <summary>The first day a date of the given precision (day, month or quarter) stands for; it must exist in the calendar.</summary>
    public DateOnly? DateOfPrecision(EntryLocation at, string field, string text, string precision)
    {
        var parsed = precision switch
        {
            "day" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null,
            "month" => DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null,
            _ => QuarterPattern().Match(text) is { Success: true } q
                ? new DateOnly(int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture), (int.Parse(q.Groups[2].Value, CultureInfo.InvariantCulture) * 3) - 2, 1)
                : null,
        };
        if (parsed is null)
        {
            var form = precision switch { "day" => "yyyy-MM-dd", "month" => "yyyy-MM", _ => "yyyy-Qn (n from 1 to 4)" };
            Error(at, field, $"'{text}' is not a date of precision '{precision}' (expected {form})");
        }

        return parsed;
    }

    /// <summary>An absolute http(s) address: the schema checks how it starts, not that it parses.</summary>
    public bool WebAddress(EntryLocation at, string field, string? url)
    {
        if (url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            return true;
        }

        Error(at, field, $"'{url}' is not an absolute http(s) address");
        return false;
    }

    /// <summary>A number the schema let through as a number, but that no double holds (1e999).</summary>
    public double? FiniteNumber(EntryLocation at, string field, JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Number } number)
        {
            return null;
        }

        if (number.TryGetDouble(out var result) && double.IsFinite(result))
        {
            return result + 0.0; // -0 becomes 0
        }

        Error(at, field, $"must be a finite number, not {number.GetRawText()}");
        return null;
    }

    /// <summary>A value outside its unit's range is an error (a head count of -1e19, a percent of 128).</summary>
    public double InRange(EntryLocation at, string field, double value, string? unit, string prefix = "")
    {
        value += 0.0;
        if (unit is not null && Units.Ranges.TryGetValue(unit, out var range) && !range.Contains(value))
        {
            Error(at, field, $"{prefix}{value.ToString("R", CultureInfo.InvariantCulture)}, outside the range of {unit}: {range}");
        }

        return value;
    }

    /// <summary>Whether a period of years runs forwards.</summary>
    public bool InOrder(EntryLocation at, string field, int? from, int? to)
    {
        if (from is { } start && to is { } end && start > end)
        {
            Error(at, field, $"starts in {start}, after it ends in {end}");
            return false;
        }

        return true;
    }

    /// <summary>Where the source's text is in data/, a quote must appear in it character for character.</summary>
    public void Verbatim(EntryLocation at, string field, string quote, string sourceKey, string? sourceText)
    {
        if (sourceText is not null && !sourceText.Contains(quote, StringComparison.Ordinal))
        {
            Error(at, field, $"is not found verbatim in the text of source '{sourceKey}'");
        }
    }
}
