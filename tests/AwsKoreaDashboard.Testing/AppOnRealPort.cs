namespace AwsKoreaDashboard.Testing;

/// <summary>
/// An app on a real Kestrel port, started with the settings given, and a client of it that follows no redirects:
/// what a proxy or a cache in front of the app talks to.
/// </summary>
public class AppOnRealPort : IDisposable
{
    /// <param name="settings">Configuration keys and values, set before the app starts.</param>
    public AppOnRealPort(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        foreach (var (key, value) in settings)
        {
            App.Settings[key] = value;
        }

        try
        {
            Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = App.StartOnRealPort() };
        }
        catch
        {
            App.Dispose();
            throw;
        }
    }

    public DashboardApp App { get; } = new();

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
        GC.SuppressFinalize(this);
    }
}
