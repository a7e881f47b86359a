using System.Diagnostics;

namespace AwsKoreaDashboard.Testing;

/// <summary>
/// Runs the built app as its own process (`dotnet AwsKoreaDashboard.Web.dll ...`), the way a user or a
/// deployment script runs the seed command, and captures its exit code and output.
/// </summary>
public static class AppProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish within 60 s. Output: {await output}");
        }

        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>The environment that points the app at a data folder, a database and a log folder.</summary>
    public static Dictionary<string, string> Environment(string dataDirectory, string databaseFile, string logDirectory) => new()
    {
        ["Dashboard__DataDirectory"] = dataDirectory,
        ["ConnectionStrings__Dashboard"] = $"Data Source={databaseFile}",
        ["Dashboard__LogDirectory"] = logDirectory,
    };
}
