using SkiaSharp;

namespace AwsKoreaDashboard.Web.Features.Charts.Previews;

/// <summary>
/// The typefaces the chart images are drawn with: Noto Sans KR, regular and bold, shipped with the app in
/// <c>fonts/</c> (the build copies them from npm; see the project file). SkiaSharp's native library is the
/// one without fontconfig, so nothing is looked up on the machine: without these files there is no font at
/// all, and a render fails loudly rather than drawing empty boxes.
/// </summary>
public sealed class PreviewFonts : IDisposable
{
    public const string RegularFile = "NotoSansKR-Regular.ttf";
    public const string BoldFile = "NotoSansKR-Bold.ttf";

    private readonly Lazy<SKTypeface> _regular;
    private readonly Lazy<SKTypeface> _bold;

    public PreviewFonts(Microsoft.Extensions.Options.IOptions<Hosting.DashboardOptions> options)
        : this(options.Value.FontDirectory is { Length: > 0 } directory ? directory : DefaultDirectory)
    {
    }

    public PreviewFonts(string directory)
    {
        Directory = directory;
        _regular = new(() => Load(RegularFile));
        _bold = new(() => Load(BoldFile));
    }

    /// <summary>fonts/ next to the app's assembly, in a build and in a publish.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "fonts");

    public string Directory { get; }

    public SKTypeface Regular => _regular.Value;

    public SKTypeface Bold => _bold.Value;

    public void Dispose()
    {
        if (_regular.IsValueCreated)
        {
            _regular.Value.Dispose();
        }

        if (_bold.IsValueCreated)
        {
            _bold.Value.Dispose();
        }
    }

    private SKTypeface Load(string file)
    {
        var path = Path.Combine(Directory, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The chart images' font {file} is missing from {Directory}; the build copies it from npm (@expo-google-fonts/noto-sans-kr).", path);
        }

        return SKTypeface.FromFile(path) ?? throw new InvalidDataException($"{path} is not a font SkiaSharp can read.");
    }
}
