using System.Text.Json;
using System.Text.Json.Serialization;
using static AwsKoreaDashboard.Web.Data.Seeding.DataFileRecords;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>The shape of data/events.json as people edit it; every member nullable so a missing field is a named error.</summary>
internal static class EventFiles
{
    public const string Events = "events.json";

    public sealed record EventsFile(
        [property: JsonPropertyName("$schema")] string? Schema,
        PageRateEntry? PageRate,
        List<OutletEntry?>? Outlets,
        List<EventEntry?>? Events,
        List<DisagreementEntry?>? Disagreements,
        List<ComparisonEntry?>? Comparisons);

    public sealed record PageRateEntry(JsonElement? KrwPerUsd, string? Outlet, string? Date, string? Url, Text? Label);

    public sealed record OutletEntry(string? Key, Text? Name);

    public sealed record PeriodEntry(int? From, int? To, Text? Text);

    public sealed record EventEntry(
        string? Key,
        string? Origin,
        string? Scope,
        string? Date,
        string? Precision,
        string? Kind,
        Text? Summary,
        PeriodEntry? Period,
        List<string?>? Figures,
        List<AmountEntry?>? Amounts,
        List<OutletCitationEntry?>? Citations,
        List<Text?>? Notes);

    public sealed record AmountEntry(
        string? Key,
        string? Role,
        Text? Label,
        JsonElement? Value,
        string? Currency,
        bool? Approximate,
        string? Qualifier,
        PeriodEntry? Period,
        string? PartOf,
        string? SameAs,
        Text? Overlap);

    public sealed record OutletCitationEntry(
        string? Outlet,
        string? Via,
        string? Date,
        string? Url,
        string? Language,
        string? Headline,
        List<OutletCitationValueEntry?>? Values);

    public sealed record OutletCitationValueEntry(
        string? Amount,
        JsonElement? Value,
        string? Currency,
        bool? Approximate,
        string? Qualifier,
        bool? Converted,
        JsonElement? KrwPerUsd);

    public sealed record DisagreementEntry(string? Key, Text? About, List<string?>? Events, List<DisagreementValueEntry?>? Values, Text? Note);

    public sealed record DisagreementValueEntry(string? Outlet, JsonElement? Value, string? Unit, bool? Approximate, string? Qualifier, Text? Text);

    public sealed record ComparisonEntry(string? Key, Text? Title, ComparisonArticleEntry? Article, LaterEntry? Later, Text? Note);

    public sealed record ComparisonArticleEntry(List<string?>? Figures);

    public sealed record LaterEntry(Text? Summary, List<LaterValueEntry?>? Values, OutletCitationEntry? Citation);

    public sealed record LaterValueEntry(Text? Label, JsonElement? Value, string? Unit, bool? Approximate);
}
