using System.IO.Compression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AwsKoreaDashboard.Web.Hosting.Caching;

/// <summary>
/// The three encodings a cached response exists in: Brotli, gzip, or none. Whatever a client sends in
/// Accept-Encoding comes down to one of them, so odd headers cannot multiply cache entries. Compression is
/// at a fast level: the bytes are kept, so a slower level would save a few hundred bytes and cost the first
/// reader of every page a few hundred milliseconds.
/// </summary>
public static class ContentCoding
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";
    public const string Identity = "identity";

    /// <summary>Brotli's quality 5 with a 4 MB window: about gzip's speed, most of Brotli's size.</summary>
    private const int BrotliQuality = 5;
    private const int BrotliWindow = 22;

    public static string Negotiate(StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return Identity;
        }

        // A coding named explicitly counts as named (q=0 refuses it, whatever "*" says); otherwise "*" decides.
        double Quality(string name)
        {
            var chosen = codings.FirstOrDefault(c => StringSegment.Equals(c.Value, name, StringComparison.OrdinalIgnoreCase))
                ?? codings.FirstOrDefault(c => c.Value == "*");
            return chosen is null ? 0 : chosen.Quality ?? 1;
        }

        return Quality(Brotli) > 0 ? Brotli : Quality(Gzip) > 0 ? Gzip : Identity;
    }

    /// <summary>
    /// Replaces what the client sent with the one coding it will get, before routing: odd values (identity;q=0,
    /// unknown codings) then never reach framework code that negotiates static files on its own.
    /// </summary>
    public static IApplicationBuilder UseNormalisedAcceptEncoding(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Request.Headers;
            if (headers.ContainsKey(HeaderNames.AcceptEncoding))
            {
                var coding = Negotiate(headers.AcceptEncoding);
                headers.AcceptEncoding = coding == Identity ? StringValues.Empty : (StringValues)coding;
            }

            return next();
        });

    public static byte[] Compress(byte[] body, string encoding)
    {
        if (encoding == Brotli)
        {
            var target = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
            return BrotliEncoder.TryCompress(body, target, out var written, BrotliQuality, BrotliWindow)
                ? target[..written]
                : throw new InvalidOperationException("Brotli could not compress a body into its maximum compressed length");
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
