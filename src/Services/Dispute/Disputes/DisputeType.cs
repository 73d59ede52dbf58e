using System.Text.Json.Serialization;

namespace Platform.Dispute.Disputes;

/// <summary>
/// What the provider disputes. The PDR form is for payment disputes (rates, processing); DSP-03 lists what belongs to
/// Grievance and Appeals instead (see <see cref="DisputeScope"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisputeType>))]
public enum DisputeType
{
    /// <summary>The rate paid is not the contracted or fee-schedule rate.</summary>
    RateOfPayment,

    /// <summary>The claim was processed wrongly: a denial, a duplicate, timely filing, coordination of benefits.</summary>
    Processing,

    /// <summary>Diagnosis code or DRG payment denial.</summary>
    DiagnosisOrDrg,

    DownCoding,

    Bundling,

    LevelOfCare,

    /// <summary>A clinical review of medical necessity, as for a denied authorization.</summary>
    MedicalNecessity,
}
