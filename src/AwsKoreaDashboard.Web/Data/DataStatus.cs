using AwsKoreaDashboard.Web.Data.Seeding;

namespace AwsKoreaDashboard.Web.Data;

/// <summary>
/// Whether the data the app serves matches data/. When data/ turns out invalid at start-up the app keeps
/// serving the last good database and remembers why, for /healthz.
/// </summary>
public sealed class DataStatus
{
    private volatile Snapshot _current = new(null, []);

    public string? ContentHash => _current.ContentHash;

    public IReadOnlyList<SeedError> Errors => _current.Errors;

    public bool IsDegraded => _current.Errors.Count > 0;

    public void MarkCurrent(string contentHash) => _current = new Snapshot(contentHash, []);

    public void MarkStale(string? servedHash, IReadOnlyList<SeedError> errors) => _current = new Snapshot(servedHash, errors);

    private sealed record Snapshot(string? ContentHash, IReadOnlyList<SeedError> Errors);
}
