namespace AwsKoreaDashboard.Web.Data;

/// <summary>What the database was last seeded from, so a start-up can tell whether data/ changed.</summary>
public sealed class SeedState
{
    public int Id { get; set; } = 1;
    public required string ContentHash { get; set; }
    public DateTimeOffset SeededAt { get; set; }
}
