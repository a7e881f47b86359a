using Microsoft.Extensions.Options;

namespace AwsKoreaDashboard.Web.Hosting;

/// <summary>A bad setting stops the app at start with a message naming its key, not at the first request.</summary>
public sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"ConnectionStrings:{DashboardOptions.ConnectionStringName} must name a SQLite file (for example {DashboardOptions.DefaultConnectionString})");
        }

        if (string.IsNullOrWhiteSpace(options.LogDirectory))
        {
            failures.Add($"{DashboardOptions.Section}:LogDirectory must name a folder (default: logs)");
        }

        if (options.DataPollSeconds < 1)
        {
            failures.Add($"{DashboardOptions.Section}:DataPollSeconds must be 1 or more (default: 5), not {options.DataPollSeconds}");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicOrigin) && !PublicOrigin.IsOrigin(options.PublicOrigin))
        {
            failures.Add($"{DashboardOptions.Section}:PublicOrigin must be an origin such as https://dashboard.example (http or https, no path)");
        }

        foreach (var (kind, lifetime) in options.HttpCaching.Named())
        {
            if (!lifetime.IsValid)
            {
                failures.Add($"{HttpCachingOptions.Section}:{kind}: every number of seconds must be 0 or more");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
