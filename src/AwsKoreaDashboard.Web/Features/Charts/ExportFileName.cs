namespace AwsKoreaDashboard.Web.Features.Charts;

/// <summary>Names of downloaded files: the chart key and language, as aws-korea-investment-vs-previous.ko.csv
/// (export.js adds currency, size and scale to image names: ….ko.USD.slide@2x.png).</summary>
public static class ExportFileName
{
    public static string For(string name, string language) => $"aws-korea-{name}.{language}";
}
