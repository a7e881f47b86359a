using System.Buffers.Binary;
using System.IO.Compression;

namespace AwsKoreaDashboard.Testing;

/// <summary>
/// A small PNG decoder (8-bit RGB or RGBA, not interlaced: what a browser's canvas writes), so export tests
/// (and the PowerPoint rendering test) can look at the pixels of an image without an imaging library.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Four bytes a pixel, row by row.</summary>
    public byte[] Rgba { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    /// <summary>Perceived brightness of a pixel, 0 (black) to 255 (white).</summary>
    public double Luminance(int x, int y)
    {
        var (r, g, b, _) = Pixel(x, y);
        return (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
    }

    /// <summary>The darkest pixel's luminance in a rectangle (clamped to the image).</summary>
    public double DarkestIn(int left, int top, int right, int bottom)
    {
        var darkest = 255.0;
        for (var y = Math.Max(0, top); y <= Math.Min(Height - 1, bottom); y++)
        {
            for (var x = Math.Max(0, left); x <= Math.Min(Width - 1, right); x++)
            {
                darkest = Math.Min(darkest, Luminance(x, y));
            }
        }

        return darkest;
    }

    /// <summary>
    /// The share of block × block squares whose average colour differs from the other image's by more than
    /// `tolerance` in some channel: anti-aliasing differences average out, text in another place does not.
    /// </summary>
    public double ShareOfBlocksThatDiffer(PngImage other, int block, int tolerance)
    {
        if ((Width, Height) != (other.Width, other.Height))
        {
            throw new ArgumentException($"{Width}×{Height} against {other.Width}×{other.Height}");
        }

        int blocks = 0, differ = 0;
        for (var by = 0; by + block <= Height; by += block)
        {
            for (var bx = 0; bx + block <= Width; bx += block)
            {
                blocks++;
                var mine = AverageOver(bx, by, block);
                var theirs = other.AverageOver(bx, by, block);
                if (Enumerable.Range(0, 3).Any(c => Math.Abs(mine[c] - theirs[c]) > tolerance))
                {
                    differ++;
                }
            }
        }

        return (double)differ / blocks;
    }

    private double[] AverageOver(int left, int top, int block)
    {
        var sum = new double[3];
        for (var y = top; y < top + block; y++)
        {
            for (var x = left; x < left + block; x++)
            {
                var (r, g, b, a) = Pixel(x, y);
                // Transparent pixels (librsvg writes alpha) count as white, as a page shows them.
                var alpha = a / 255.0;
                sum[0] += (r * alpha) + (255 * (1 - alpha));
                sum[1] += (g * alpha) + (255 * (1 - alpha));
                sum[2] += (b * alpha) + (255 * (1 - alpha));
            }
        }

        return sum.Select(v => v / (block * block)).ToArray();
    }

    public static PngImage Decode(byte[] file)
    {
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    var bitDepth = data[8];
                    colorType = data[9];
                    if (bitDepth != 8 || colorType is not (2 or 6) || data[12] != 0)
                    {
                        throw new NotSupportedException($"PNG bit depth {bitDepth}, colour type {colorType}, interlace {data[12]}");
                    }

                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            offset += 12 + length;
        }

        var channels = colorType == 6 ? 4 : 3;
        var stride = width * channels;
        var raw = new byte[height * (stride + 1)];
        idat.Position = 0;
        using (var inflate = new ZLibStream(idat, CompressionMode.Decompress))
        {
            inflate.ReadExactly(raw);
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var output = pixels.AsSpan(y * stride, stride);
            var previous = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride).ToArray();
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? output[x - channels] : 0;
                int up = previous[x];
                int upLeft = x >= channels ? previous[x - channels] : 0;
                output[x] = (byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                });
            }
        }

        if (channels == 4)
        {
            return new PngImage(width, height, pixels);
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[i * 4] = pixels[i * 3];
            rgba[(i * 4) + 1] = pixels[(i * 3) + 1];
            rgba[(i * 4) + 2] = pixels[(i * 3) + 2];
            rgba[(i * 4) + 3] = 255;
        }

        return new PngImage(width, height, rgba);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
