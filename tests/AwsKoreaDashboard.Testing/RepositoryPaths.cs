namespace AwsKoreaDashboard.Testing;

/// <summary>Finds the repository from the test's output folder: tests use the real data/ and the real app build.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DataDirectory => Path.Combine(Root, "data");

    public static string WebProjectDirectory => Path.Combine(Root, "src", "AwsKoreaDashboard.Web");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AwsKoreaDashboard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AwsKoreaDashboard.sln above {AppContext.BaseDirectory}");
    }
}
