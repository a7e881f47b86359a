using AwsKoreaDashboard.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwsKoreaDashboard.UnitTests.Hosting;

/// <summary>Every setting is bound into one options class, and a bad one stops the app with a message naming its key.</summary>
public sealed class DashboardOptionsTests
{
    [Fact]
    public void Without_settings_every_option_has_its_documented_default()
    {
        var options = Bind(new());

        Assert.Equal(DashboardOptions.DefaultConnectionString, options.ConnectionString);
        Assert.Equal("logs", options.LogDirectory);
        Assert.True(options.ConsoleLog);
        Assert.False(options.JsonConsole);
        Assert.Equal(5, options.DataPollSeconds);
        Assert.True(options.PageCache);
        Assert.Null(options.PublicOrigin);
        Assert.Equal(60, options.HttpCaching.Pages.SharedMaxAgeSeconds);
    }

    [Fact]
    public void Settings_bind_from_the_dashboard_section_and_the_connection_string()
    {
        var options = Bind(new()
        {
            ["ConnectionStrings:Dashboard"] = "Data Source=/srv/x.db",
            ["Dashboard:DataPollSeconds"] = "9",
            ["Dashboard:PageCache"] = "false",
            ["Dashboard:FontDirectory"] = "/fonts",
            ["Dashboard:HttpCaching:Api:SharedMaxAgeSeconds"] = "7",
        });

        Assert.Equal("Data Source=/srv/x.db", options.ConnectionString);
        Assert.Equal(9, options.DataPollSeconds);
        Assert.False(options.PageCache);
        Assert.Equal("/fonts", options.FontDirectory);
        Assert.Equal(7, options.HttpCaching.Api.SharedMaxAgeSeconds);
    }

    [Theory]
    [InlineData("Dashboard:DataPollSeconds", "0", "Dashboard:DataPollSeconds must be 1 or more")]
    [InlineData("Dashboard:PublicOrigin", "https://dashboard.example/sub", "Dashboard:PublicOrigin must be an origin")]
    [InlineData("Dashboard:LogDirectory", " ", "Dashboard:LogDirectory must name a folder")]
    [InlineData("Dashboard:HttpCaching:NotFound:StaleIfErrorSeconds", "-1", "Dashboard:HttpCaching:NotFound: every number of seconds must be 0 or more")]
    [InlineData("ConnectionStrings:Dashboard", " ", "ConnectionStrings:Dashboard must name a SQLite file")]
    public void A_bad_setting_fails_with_a_message_naming_its_key(string key, string value, string message)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));

        Assert.Contains(failure.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    private static DashboardOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddDashboardOptions().BuildServiceProvider();
        return services.GetRequiredService<IOptions<DashboardOptions>>().Value;
    }
}
