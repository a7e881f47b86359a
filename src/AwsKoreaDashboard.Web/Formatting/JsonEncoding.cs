using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AwsKoreaDashboard.Web.Formatting;

/// <summary>
/// JSON that keeps Korean readable (not \uXXXX) while still escaping the characters that matter in HTML
/// (&lt; &gt; &amp; quotes), so it is safe inside a &lt;script type="application/json"&gt; block.
/// </summary>
public static class JsonEncoding
{
    public static readonly JavaScriptEncoder Readable = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Encoder = Readable };
}
