using System.Diagnostics;

namespace AwsKoreaDashboard.IntegrationTests.Briefing;

/// <summary>
/// Runs a program the tests judge with (LibreOffice, poppler, tesseract), failing the test on a missing tool, a
/// timeout or an error exit; returns what it wrote to standard output (and, with an argument list, to standard error).
/// </summary>
public static class ExternalTool
{
    public static async Task<string> RunAsync(string program, string arguments, TimeSpan? timeout = null) =>
        (await RunAsync(new ProcessStartInfo(program, arguments), $"{program} {arguments}", timeout)).Output;

    /// <summary>With each argument as it is (no quoting) and variables added to the program's environment.</summary>
    public static Task<(string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        // Control characters (tesseract's form feed separator) written as escapes in the messages.
        return RunAsync(start, $"{program} {string.Join(' ', start.ArgumentList)}".Replace("\f", "\\f", StringComparison.Ordinal), timeout);
    }

    private static async Task<(string Output, string Error)> RunAsync(ProcessStartInfo start, string command, TimeSpan? timeout)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(3);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{start.FileName} is not installed: tests/run.sh installs it (tests/prerequisites.sh names the packages)", e);
        }

        using (process)
        {
            using var cancel = new CancellationTokenSource(limit);
            var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
            var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{command} did not finish in {limit.TotalMinutes:0} minutes");
            }

            Assert.True(process.ExitCode == 0, $"{command} exited with {process.ExitCode}: {await stderr}");
            return (await stdout, await stderr);
        }
    }
}
