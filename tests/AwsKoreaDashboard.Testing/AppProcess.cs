using System.Diagnostics;

namespace AwsKoreaDashboard.Testing;

/// <summary>
/// Runs the built app as its own process (`dotnet AwsKoreaDashboard.Web.dll ...`), the way a user or a
/// deployment script runs the seed command from a publish folder, and captures its exit code and output.
/// The content root is the app's own output folder, so the app reads its real appsettings.json.
/// </summary>
public static class AppProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    private static readonly TimeSpan CpuLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(10);

    private static TimeSpan CpuTime(Process process)
    {
        try
        {
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It has just exited: .NET reports that as InvalidOperationException, or as Win32Exception when its
            // /proc entry went away between the wait and the read (seen once in a full run).
            return TimeSpan.Zero;
        }
    }

    public static Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunThroughAsync([], workingDirectory, environment, args);

    /// <summary>Runs the app through a launcher: <c>launcher... dotnet app.dll args...</c> (say, in a mount namespace of its own).</summary>
    public static async Task<Result> RunThroughAsync(IReadOnlyList<string> launcher, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var appFolder = Path.GetDirectoryName(dll)!;
        var start = new ProcessStartInfo(launcher.Count > 0 ? launcher[0] : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in launcher.Skip(1).Concat(launcher.Count > 0 ? ["dotnet"] : []))
        {
            start.ArgumentList.Add(arg);
        }

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
        start.Environment["ASPNETCORE_CONTENTROOT"] = appFolder;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var wall = Stopwatch.StartNew();
        // The limit is the child's own processor time, which other tests running in parallel cannot use up; the
        // wall-clock bound only catches a child that waits forever (a hang), and is generous for a loaded machine.
        while (!process.WaitForExit(TimeSpan.FromSeconds(1)))
        {
            var cpu = CpuTime(process);
            if (cpu > CpuLimit || wall.Elapsed > HangLimit)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(
                    $"dotnet {string.Join(' ', args)} did not finish ({cpu.TotalSeconds:0} s of processor time, {wall.Elapsed.TotalSeconds:0} s in all). Output: {await output}");
            }

            await Task.Yield();
        }

        await process.WaitForExitAsync();
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
