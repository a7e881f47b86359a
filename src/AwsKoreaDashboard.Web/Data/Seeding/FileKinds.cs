using System.Runtime.InteropServices;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>Reads an entry's type from the file system (lstat: a symbolic link is reported as itself).</summary>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no FIFOs or devices inside a folder; links show as reparse points.
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                return FileKind.SymbolicLink;
            }

            return Directory.Exists(path) ? FileKind.Directory : info.Exists ? FileKind.Regular : FileKind.Missing;
        }

        // The runtime's own portable stat (System.Native), so the layout does not depend on the C library or the CPU.
        var status = new byte[256];
        var bytes = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        if (LStat(bytes, status) != 0)
        {
            return FileKind.Missing;
        }

        var mode = BitConverter.ToInt32(status, 4);
        return (mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat(byte[] path, byte[] status);
}
