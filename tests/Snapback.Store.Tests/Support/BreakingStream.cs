namespace Snapback.Store.Tests.Support;

/// <summary>A stream that gives <c>head</c> and then fails, as a connection dropped or a disk error part way through a file would.</summary>
internal sealed class BreakingStream(byte[] head) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (position >= head.Length)
        {
            throw new IOException("the input broke off");
        }

        var n = Math.Min(count, head.Length - position);
        Array.Copy(head, position, buffer, offset, n);
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
