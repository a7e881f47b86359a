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
        if (connection.DataSource != ":memory:" && !Path.IsPathRooted(connection.DataSource))
        {
            connection.DataSource = Path.GetFullPath(connection.DataSource, contentRoot);
        }

        var logDirectory = Path.GetFullPath(options.LogDirectory, contentRoot);
        return new DashboardPaths(dataDirectory, connection.ToString(), connection.DataSource, logDirectory);
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
