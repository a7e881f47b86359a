using System.Security.Cryptography;
using System.Text;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Reads data/ without ever crashing or hanging: only regular files are read (a symbolic link is followed
/// to its file with a guard against loops), FIFOs, devices and sockets are refused before they are opened,
/// a file is read up to a size bound, and every I/O failure becomes a <see cref="SeedError"/> naming the file.
/// </summary>
public static class DataDirectoryReader
{
    /// <summary>The largest file read; the data files are tens of kilobytes.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>How many symbolic links are followed in a row before it counts as a loop (Linux stops at 40 too).</summary>
    public const int MaxLinkHops = 40;

    /// <summary>How deep folders under data/ are read.</summary>
    public const int MaxFolderDepth = 8;

    public static DataDirectoryContents Read(string directory)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var errors = new List<SeedError>();
        var root = FileKinds.Of(directory);
        if (root == FileKind.SymbolicLink)
        {
            root = Directory.Exists(directory) ? FileKind.Directory : FileKind.Missing;
        }

        if (root != FileKind.Directory)
        {
            errors.Add(new SeedError(directory, "-", "-", root == FileKind.Missing
                ? "the data directory does not exist"
                : "the data directory is not a folder"));
            return new DataDirectoryContents(files, "", errors);
        }

        ReadFolder(directory, "", 0, files, errors);
        return new DataDirectoryContents(files, Hash(files), errors);
    }

    /// <summary>A hash of every file under data/, so a start-up can tell whether anything changed.</summary>
    private static string Hash(SortedDictionary<string, byte[]> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, content) in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            sha.AppendData(content);
            sha.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void ReadFolder(string folder, string prefix, int depth, SortedDictionary<string, byte[]> files, List<SeedError> errors)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new SeedError(prefix.Length == 0 ? folder : prefix.TrimEnd('/'), "-", "-", $"the folder cannot be listed: {ex.Message}"));
            return;
        }

        foreach (var path in entries.Order(StringComparer.Ordinal))
        {
            var relative = prefix + Path.GetFileName(path);
            switch (FileKinds.Of(path))
            {
                case FileKind.Directory when depth + 1 >= MaxFolderDepth:
                    errors.Add(new SeedError(relative, "-", "-", $"folders are nested more than {MaxFolderDepth} deep"));
                    break;
                case FileKind.Directory:
                    ReadFolder(path, relative + "/", depth + 1, files, errors);
                    break;
                case var kind:
                    if (ResolveFile(path, kind, out var problem) is { } file)
                    {
                        ReadFile(file, relative, files, errors);
                    }
                    else
                    {
                        errors.Add(new SeedError(relative, "-", "-", problem!));
                    }

                    break;
            }
        }
    }

    /// <summary>The regular file an entry is or links to, or null with the reason it cannot be read.</summary>
    private static string? ResolveFile(string path, FileKind kind, out string? problem)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = path;
        for (var hops = 0; kind == FileKind.SymbolicLink; hops++)
        {
            if (!seen.Add(current) || hops >= MaxLinkHops)
            {
                problem = "is a symbolic link that loops back on itself; only regular files are read";
                return null;
            }

            string? target;
            try
            {
                target = new FileInfo(current).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = $"is a symbolic link that cannot be read: {ex.Message}";
                return null;
            }

            if (target is null)
            {
                problem = "is a symbolic link that cannot be read";
                return null;
            }

            current = Path.GetFullPath(target, Path.GetDirectoryName(current)!);
            kind = FileKinds.Of(current);
            if (kind == FileKind.Missing)
            {
                problem = $"is a symbolic link to {target}, which does not exist";
                return null;
            }
        }

        problem = kind switch
        {
            FileKind.Regular => null,
            FileKind.Missing => "disappeared while data/ was read",
            FileKind.Directory => "is a link to a folder; only files are read",
            FileKind.Fifo => "is a named pipe (FIFO), not a regular file; only regular files are read",
            FileKind.Device => "is a device, not a regular file; only regular files are read",
            FileKind.Socket => "is a socket, not a regular file; only regular files are read",
            _ => "is not a regular file; only regular files are read",
        };
        return problem is null ? current : null;
    }

    private static void ReadFile(string path, string relative, SortedDictionary<string, byte[]> files, List<SeedError> errors)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxFileBytes)
            {
                errors.Add(new SeedError(relative, "-", "-", $"the file is {stream.Length} bytes; at most {MaxFileBytes} are read"));
                return;
            }

            using var buffer = new MemoryStream((int)stream.Length);
            stream.CopyTo(buffer);
            files[relative] = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new SeedError(relative, "-", "-", $"the file cannot be read: {ex.Message}"));
        }
    }
}
