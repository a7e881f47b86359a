using System.Globalization;
using AwsKoreaDashboard.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwsKoreaDashboard.UnitTests;

/// <summary>The app's own resx, as the app reads it: for presenters whose words live there.</summary>
public static class SharedWords
{
    public static IStringLocalizer Localizer { get; } =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));

    /// <summary>Runs <paramref name="act"/> with the request culture a page in <paramref name="culture"/> has.</summary>
    public static T In<T>(CultureInfo culture, Func<T> act)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return act();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
