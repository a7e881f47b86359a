using Microsoft.Data.Sqlite;

namespace AwsKoreaDashboard.Web.Infrastructure;

/// <summary>
/// Where the app finds data/, keeps its SQLite file and writes logs. Everything comes from configuration,
/// with defaults under the content root.
/// </summary>
public sealed record DashboardPaths(string DataDirectory, string ConnectionString, string DatabaseFile, string LogDirectory)
{
    public const string DataDirectoryKey = "Dashboard:DataDirectory";
    public const string LogDirectoryKey = "Dashboard:LogDirectory";
    public const string ConnectionStringName = "Dashboard";

    public static DashboardPaths Resolve(IConfiguration configuration, string contentRoot)
    {
        var dataDirectory = configuration[DataDirectoryKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : FindDefaultDataDirectory(contentRoot);

        var connection = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=App_Data/dashboard.db");
        if (connection.DataSource != ":memory:" && !Path.IsPathRooted(connection.DataSource))
        {
            connection.DataSource = Path.GetFullPath(connection.DataSource, contentRoot);
        }

        var logDirectory = Path.GetFullPath(configuration[LogDirectoryKey] is { Length: > 0 } logs ? logs : "logs", contentRoot);
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
