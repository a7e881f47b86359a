using AwsKoreaDashboard.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwsKoreaDashboard.UnitTests.Sharing;

/// <summary>Which origin absolute links name: the configured one, else the best address the server listens on.</summary>
public sealed class PublicOriginTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", "http://localhost:5080")]
    [InlineData("http://[::]:80", "http://localhost")]
    [InlineData("http://+:8080", "http://localhost:8080")]
    [InlineData("http://*:8080", "http://localhost:8080")]
    [InlineData("http://0.0.0.0:5080;http://127.0.0.1:5081", "http://127.0.0.1:5081")]
    [InlineData("http://[::]:80;https://[::]:443", "https://localhost")]
    [InlineData("http://127.0.0.1:5080;https://dashboard.local:5443", "https://dashboard.local:5443")]
    [InlineData("http://127.0.0.1:0", "http://localhost")]
    [InlineData("", "http://localhost")]
    public void Without_a_configured_origin_the_listening_address_stands_in_with_a_wildcard_host_read_as_localhost(string addresses, string expected)
    {
        var origin = new PublicOrigin(Options.Create(new DashboardOptions()), new FakeServer(addresses.Split(';', StringSplitOptions.RemoveEmptyEntries)), NullLogger<PublicOrigin>.Instance);

        Assert.False(origin.IsConfigured);
        Assert.Equal(expected, origin.Value);
    }

    [Fact]
    public void A_configured_origin_wins_and_only_its_own_urls_are_ours()
    {
        var origin = new PublicOrigin(Options.Create(new DashboardOptions { PublicOrigin = "https://Dashboard.example/" }), new FakeServer(["http://0.0.0.0:5080"]), NullLogger<PublicOrigin>.Instance);

        Assert.True(origin.IsConfigured);
        Assert.Equal("https://dashboard.example", origin.Value);
        Assert.Equal("https://dashboard.example/ko/KRW/", origin.Absolute("/ko/KRW/"));
        Assert.True(origin.IsOurs(new Uri("https://dashboard.example/ko/KRW/charts/x")));
        Assert.False(origin.IsOurs(new Uri("http://dashboard.example/ko/KRW/charts/x")));
        Assert.False(origin.IsOurs(new Uri("https://dashboard.example:8443/ko/KRW/charts/x")));
        Assert.False(origin.IsOurs(new Uri("https://dashboard.example.evil/ko/KRW/charts/x")));
    }

    [Theory]
    [InlineData("https://dashboard.example", true)]
    [InlineData("http://127.0.0.1:5080/", true)]
    [InlineData("https://dashboard.example/sub", false)]
    [InlineData("ftp://dashboard.example", false)]
    [InlineData("dashboard.example", false)]
    [InlineData("https://user@dashboard.example", false)]
    [InlineData("https://dashboard.example/?x=1", false)]
    public void A_public_origin_is_an_http_origin_and_nothing_more(string value, bool valid) =>
        Assert.Equal(valid, PublicOrigin.IsOrigin(value));

    private sealed class FakeServer : IServer
    {
        public FakeServer(IEnumerable<string> addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public void Dispose()
        {
        }

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ServerAddressesFeature : IServerAddressesFeature
    {
        public ICollection<string> Addresses { get; } = new List<string>();

        public bool PreferHostingUrls { get; set; }
    }
}
