using System.Diagnostics;
using System.Text.Json;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Sharing;

/// <summary>Runs one of this folder's Node scripts (on the packages of the project's package-lock.json) over URLs.</summary>
internal static class NodeScript
{
    /// <summary>Runs Sharing/<paramref name="script"/> with the URLs as arguments and returns the JSON array it prints.</summary>
    public static async Task<List<JsonElement>> RunAsync(string script, IEnumerable<string> urls)
    {
        var project = Path.Combine(RepositoryPaths.Root, "tests", "AwsKoreaDashboard.IntegrationTests");
        var start = new ProcessStartInfo("node") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(project, "Sharing", script));
        foreach (var url in urls)
        {
            start.ArgumentList.Add(url);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} exited with {process.ExitCode}: {await errors}");
        return JsonDocument.Parse(await output).RootElement.EnumerateArray().ToList();
    }
}
