using Microsoft.Extensions.Options;

namespace AwsKoreaDashboard.Web.Hosting;

public static class OptionsRegistration
{
    /// <summary>
    /// <see cref="DashboardOptions"/> from the built configuration (so hosts that add settings late, the tests, are
    /// honoured), checked at start.
    /// </summary>
    public static IServiceCollection AddDashboardOptions(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>()
            .BindConfiguration(DashboardOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(DashboardOptions.ConnectionStringName) ?? DashboardOptions.DefaultConnectionString)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>();
        return services;
    }
}
