namespace AwsKoreaDashboard.Web.Data.Seeding;

public sealed record TableChanges(string Table, int Added, int Updated, int Removed);

/// <summary>What a seeding run changed, table by table.</summary>
public sealed record SeedResult(string ContentHash, bool WasUpToDate, IReadOnlyList<TableChanges> Tables)
{
    public int Added => Tables.Sum(t => t.Added);
    public int Updated => Tables.Sum(t => t.Updated);
    public int Removed => Tables.Sum(t => t.Removed);

    public static SeedResult UpToDate(string contentHash) => new(contentHash, true, []);
}
