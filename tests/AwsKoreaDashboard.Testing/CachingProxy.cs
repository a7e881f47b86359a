using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AwsKoreaDashboard.Testing;

/// <summary>
/// Debian's nginx, run with the repository's own deploy/nginx.conf as a caching reverse proxy in front of
/// app instances on loopback. Its prefix folder (config, pid, cache, temp files, logs) is a temp folder of
/// its own; the two files the config includes name the proxy's port and the instances.
/// </summary>
public sealed class CachingProxy : IDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly TempDirectory _prefix = new();
    private readonly Process _process;

    public CachingProxy(IEnumerable<Uri> instances)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"nginx is not installed ({Executable} is missing): the proxy tests need Debian's nginx-light. tests/run.sh installs it; by hand: apt-get install nginx-light");
        }

        var config = _prefix.Combine("nginx.conf");
        File.Copy(Path.Combine(RepositoryPaths.Root, "deploy", "nginx.conf"), config);
        Directory.CreateDirectory(_prefix.Combine("logs"));
        var port = FreePort();
        File.WriteAllText(_prefix.Combine("dashboard-listen.conf"), $"listen 127.0.0.1:{port};\n");
        File.WriteAllLines(_prefix.Combine("dashboard-upstream.conf"),
            instances.Select(i => $"server {i.Host}:{i.Port} max_fails=1 fail_timeout=10s;"));
        Address = new Uri($"http://127.0.0.1:{port}/");

        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-p", _prefix.Path, "-c", config, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        WaitUntilListening(port);
    }

    public Uri Address { get; }

    /// <summary>The access log: one line per request with its cache status (HIT, MISS, STALE, ...).</summary>
    public string AccessLog => _prefix.Combine("logs", "access.log");

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // The master's pid is the one this process started; TERM stops it and its workers.
            using var stop = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            stop.WaitForExit();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        _prefix.Dispose();
    }

    private void WaitUntilListening(int port)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped at start (exit {_process.ExitCode}): {_process.StandardError.ReadToEnd()} {ErrorLog()}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException($"nginx did not listen on {port}: {ErrorLog()}");
    }

    private string ErrorLog() => File.Exists(_prefix.Combine("logs", "error.log")) ? File.ReadAllText(_prefix.Combine("logs", "error.log")) : "";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
