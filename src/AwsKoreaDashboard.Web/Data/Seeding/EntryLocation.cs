namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>Where in a file an entry sits: its list, position and key, for messages (<c>events[3] 'ulsan-…'</c>).</summary>
internal sealed record EntryLocation(string File, string List, int? Index, string? Key)
{
    public override string ToString() => Index is null
        ? List
        : string.IsNullOrWhiteSpace(Key) ? $"{List}[{Index}]" : $"{List}[{Index}] '{Key}'";
}
