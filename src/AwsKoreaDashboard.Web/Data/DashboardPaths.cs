using AwsKoreaDashboard.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace AwsKoreaDashboard.Web.Data;

/// <summary>
/// Where the app finds data/, keeps its SQLite file and writes logs. Everything comes from
/// <see cref="DashboardOptions"/>, with defaults under the content root.
/// </summary>
public sealed record DashboardPaths(string DataDirectory, string ConnectionString, string DatabaseFile, string LogDirectory)
{
    public static DashboardPaths Resolve(DashboardOptions options, string contentRoot)
    {
        var dataDirectory = options.DataDirectory is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : FindDefaultDataDirectory(contentRoot);

        var connection = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (connection.DataSource != "" && !InMemory(connection))
        {
            // A symbolic link (the database kept on a volume of its own, say) stands for the file it names: that
            // file is checked, set aside and rebuilt where it is, and the link goes on naming it.
            var file = Path.GetFullPath(connection.DataSource, contentRoot);
            connection.DataSource = LinkTargetOf(file) ?? file;
        }

        var logDirectory = Path.GetFullPath(options.LogDirectory, contentRoot);
        return new DashboardPaths(dataDirectory, connection.ToString(), connection.DataSource, logDirectory);
    }

    /// <summary>
    /// The connection string names a database in memory (<c>Data Source=:memory:</c> or <c>Mode=Memory</c>), not a
    /// file: the seed and the pages would each open their own. The start-up check refuses it.
    /// </summary>
    public bool IsInMemory => InMemory(new SqliteConnectionStringBuilder(ConnectionString));

    private static bool InMemory(SqliteConnectionStringBuilder connection) =>
        connection.DataSource == ":memory:" || connection.Mode == SqliteOpenMode.Memory;

    /// <summary>The file a symbolic link finally names, or null when the path is no link (or not there yet).</summary>
    private static string? LinkTargetOf(string file)
    {
        try
        {
            return new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // a missing folder or one that cannot be read: the start-up check names it
        }
    }

    /// <summary>
    /// A publish output carries its own data/ next to the app; from source, the repository's data/ sits
    /// two folders above the project.
    /// </summary>
    private static string FindDefaultDataDirectory(string contentRoot)
    {
        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "figures.json")))
            {
                return candidate;
            }
        }

        return Path.Combine(contentRoot, "data");
    }
}
