namespace AwsKoreaDashboard.Web.Hosting;

/// <summary>
/// HEAD wherever GET works: the request goes through the app as a GET, and its body is dropped on the way
/// out, while the status and headers (Content-Length included) stay those of the GET.
/// </summary>
public static class HeadRequests
{
    public static async Task AsGetAsync(HttpContext context, Func<Task> next)
    {
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = new BodylessStream(body);
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }

    /// <summary>Takes writes and drops them, so a HEAD response carries no body whatever the server does.</summary>
    private sealed class BodylessStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
