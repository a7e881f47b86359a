namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>Where in a file an entry sits: its list, position and key, for messages.</summary>
internal sealed record EntryLocation(string File, string List, int? Index, string? Key)
{
    public override string ToString() => Index is null
        ? List
        : string.IsNullOrWhiteSpace(Key) ? $"{List}[{Index}]" : $"{List}[{Index}] '{Key}'";

    public void Error(EntityBuilder builder, string field, string message) => builder.Error(File, ToString(), field, message);
}
