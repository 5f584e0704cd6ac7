using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Snapback.Screening.Cases.Audit;

/// <summary>
/// The audit trail's hash chain: each row's hash is SHA-256 over the previous row's hash and a canonical encoding of the row, so
/// editing, removing, inserting or reordering a row breaks every hash from there on. The encoding is the sequence number and the
/// time as 8-byte big-endian integers, then each text field as a 4-byte big-endian byte count and its UTF-8 bytes: no two rows
/// encode alike, whatever their text holds.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The hash row <paramref name="seq"/> must carry after a row whose hash is <paramref name="previousHash"/>.</summary>
    public static string Hash(string previousHash, long seq, long atMs, string actorId, string actorName, string action, string subject, string data)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        Append(hash, previousHash);
        BinaryPrimitives.WriteInt64BigEndian(number, seq);
        hash.AppendData(number);
        BinaryPrimitives.WriteInt64BigEndian(number, atMs);
        hash.AppendData(number);
        Append(hash, actorId);
        Append(hash, actorName);
        Append(hash, action);
        Append(hash, subject);
        Append(hash, data);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>The hash <paramref name="entry"/> must carry after a row whose hash is <paramref name="previousHash"/>.</summary>
    public static string Hash(string previousHash, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Hash(previousHash, entry.Seq, entry.AtMs, entry.ActorId, entry.ActorName, entry.Action, entry.Subject, entry.Data);
    }

    private static void Append(IncrementalHash hash, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Encoding.UTF8.GetByteCount(text);
        var buffer = ArrayPool<byte>.Shared.Rent(length + 4);
        try
        {
            BinaryPrimitives.WriteInt32BigEndian(buffer, length);
            Encoding.UTF8.GetBytes(text, buffer.AsSpan(4));
            hash.AppendData(buffer, 0, length + 4);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
