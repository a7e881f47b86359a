namespace AwsKoreaDashboard.UnitTests.Charting;

/// <summary>The image route's one name ("{name}.png") read as a chart key and the size its suffix asks for.</summary>
public sealed class PreviewSizeTests
{
    [Theory]
    [InlineData("annual-pace", "annual-pace", 1200, 630)]
    [InlineData("annual-pace.thumb", "annual-pace", 600, 315)]
    [InlineData("annual-pace.slide", "annual-pace", 1920, 1080)]
    [InlineData("annual-pace.thumb.slide", "annual-pace.thumb", 1920, 1080)]
    [InlineData("thumb-rule.thumb", "thumb-rule", 600, 315)]
    public void A_name_is_a_chart_key_and_the_size_its_suffix_names(string name, string key, int width, int height)
    {
        var (parsedKey, size) = PreviewSize.Parse(name);

        Assert.Equal((key, width, height), (parsedKey, size.Width, size.Height));
    }
}
