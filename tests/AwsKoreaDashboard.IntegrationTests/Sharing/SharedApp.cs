using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Sharing;

/// <summary>One app for a test class whose tests only read (pages, oEmbed, the sitemap): started once, not per test.</summary>
public sealed class SharedApp : IDisposable
{
    public DashboardApp App { get; } = new();

    public void Dispose() => App.Dispose();
}
