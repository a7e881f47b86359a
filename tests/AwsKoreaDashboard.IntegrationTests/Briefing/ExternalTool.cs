using System.Diagnostics;

namespace AwsKoreaDashboard.IntegrationTests.Briefing;

/// <summary>Runs a program the tests judge with (LibreOffice, poppler), failing the test on a missing tool, a timeout or an error exit.</summary>
public static class ExternalTool
{
    public static async Task<string> RunAsync(string program, string arguments, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(3);
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} is not installed: tests/run.sh installs libreoffice-impress-nogui and poppler-utils", e);
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
                throw new TimeoutException($"{program} {arguments} did not finish in {limit.TotalMinutes:0} minutes");
            }

            Assert.True(process.ExitCode == 0, $"{program} {arguments} exited with {process.ExitCode}: {await stderr}");
            return await stdout;
        }
    }
}
