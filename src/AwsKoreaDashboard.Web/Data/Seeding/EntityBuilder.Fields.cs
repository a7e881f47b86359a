using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwsKoreaDashboard.Web.Formatting;
using static AwsKoreaDashboard.Web.Data.Seeding.DataFileRecords;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>The checks of one field: keys, required text, allowed values, finite numbers in their unit's range, dates.</summary>
internal sealed partial class EntityBuilder
{
    public void Error(string file, string entry, string field, string message) =>
        errors.Add(new SeedError(file, entry, field, message));
    private string? RequireKey(EntryLocation at, string? key, Func<string, bool> seen)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            at.Error(this, "key", "is required");
            return null;
        }

        if (!SlugPattern().IsMatch(key))
        {
            at.Error(this, "key", $"'{key}' is not a slug (lower-case letters, digits and single hyphens)");
            return null;
        }

        if (seen(key))
        {
            at.Error(this, "key", $"'{key}' is used by an earlier entry; keys must be unique");
            return null;
        }

        return key;
    }
    private string? RequireString(EntryLocation at, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            at.Error(this, field, "is required");
            return null;
        }

        return value;
    }
    private string? RequireOneOf(EntryLocation at, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (RequireString(at, field, value) is not { } present)
        {
            return null;
        }

        if (!allowed.Contains(present))
        {
            at.Error(this, field, $"'{present}' is not one of: {string.Join(", ", allowed)}");
            return null;
        }

        return present;
    }
    private (string Ko, string En)? RequireText(EntryLocation at, string field, Text? text)
    {
        var ko = RequireString(at, $"{field}.ko", text?.Ko);
        var en = RequireString(at, $"{field}.en", text?.En);
        return ko is null || en is null ? null : (ko, en);
    }
    private double? RequireFiniteNumber(EntryLocation at, string field, JsonElement? value)
    {
        if (value is null || value.Value.ValueKind == JsonValueKind.Null)
        {
            at.Error(this, field, "is required");
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number)
        {
            at.Error(this, field, $"must be a finite number, not {value.Value.ValueKind.ToString().ToLowerInvariant()} {value.Value.GetRawText()}");
            return null;
        }

        if (!value.Value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            at.Error(this, field, $"must be a finite number, not {value.Value.GetRawText()}");
            return null;
        }

        return number;
    }
    /// <summary>A value outside its unit's range is an error; -0 becomes 0.</summary>
    private double CheckRange(EntryLocation at, string field, double value, string? unit, string prefix = "")
    {
        value += 0.0;
        if (unit is not null && Units.Ranges.TryGetValue(unit, out var range) && !range.Contains(value))
        {
            at.Error(this, field, $"{prefix}{value.ToString("R", CultureInfo.InvariantCulture)}, outside the range of {unit}: {range}");
        }

        return value;
    }
    private DateOnly? OptionalDate(EntryLocation at, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        at.Error(this, field, $"'{value}' is not a date in the form yyyy-MM-dd");
        return null;
    }
    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
