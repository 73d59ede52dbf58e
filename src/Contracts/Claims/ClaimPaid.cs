namespace Platform.Contracts.Claims;

/// <summary>A determined claim went out on a payment (a check or an EFT) and its Remittance Advice.</summary>
public sealed record ClaimPaid(
    Guid ClaimId,
    string ClaimNumber,
    string Cin,
    string BillingNpi,
    decimal PaidAmount,
    string PaymentMethod,
    string PaymentNumber,
    DateOnly PaidOn);
