using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Seeding;

/// <summary>
/// A database seeded from the repository's data by the real `seed` command, once for a class (the bad-data and command-line tests): each case starts
/// from a copy of its file instead of paying for another seed (about 4 s of processor time, most of it JIT).
/// </summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    private string File => _temp.Combine("db", "dashboard.db");

    public async Task InitializeAsync()
    {
        var data = new DataDirectoryCopy(_temp.Combine("data"));
        var result = await AppProcess.RunAsync(_temp.Path, AppProcess.Environment(data.Path, File, _temp.Combine("logs")), "seed");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.False(System.IO.File.Exists(File + "-wal"), "the seed command left a write-ahead log beside its database");
    }

    /// <summary>Copies the seeded file to <paramref name="database"/> (its folder is created).</summary>
    public void CopyTo(string database)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        System.IO.File.Copy(File, database);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
