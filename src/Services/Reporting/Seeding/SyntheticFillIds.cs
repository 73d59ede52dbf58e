using System.Buffers.Binary;

namespace Platform.Reporting.Seeding;

/// <summary>
/// A synthetic fill's id: a UUIDv8 (RFC 9562's custom layout) of (member index, fill number, seed), as the plan's span
/// ids are, ascending in load order; <paramref name="generator"/> keeps each generator's ids apart from the others'.
/// </summary>
public static class SyntheticFillIds
{
    /// <summary>SyntheticPharmacy's PDC fills.</summary>
    public const byte Pharmacy = 0x81;

    /// <summary>SyntheticDepressionCare's antidepressant fills.</summary>
    public const byte DepressionCare = 0x82;

    public static Guid Of(byte generator, int seed, long index, int number)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, index << 16);
        bytes[6] = 0x80;
        bytes[7] = (byte)number;
        bytes[8] = generator;
        bytes[9] = (byte)(number >> 8);
        BinaryPrimitives.WriteInt32BigEndian(bytes[12..], seed);
        return new Guid(bytes, bigEndian: true);
    }
}
