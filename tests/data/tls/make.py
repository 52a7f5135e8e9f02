"""Makes the certificates of tests/tls.rs (run once; the files are kept in the repository):
a test CA, and certificates for 127.0.0.1 that a network in between might present: one the CA
signed, one self-signed, one expired, one for another name. Needs Python's `cryptography`."""
import datetime
import ipaddress
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

HERE = Path(__file__).parent
NOW = datetime.datetime(2026, 11, 29, tzinfo=datetime.timezone.utc)
LONG = datetime.timedelta(days=365 * 100)


def key():
    return ec.generate_private_key(ec.SECP256R1())


def write(name, cert, private_key=None):
    (HERE / f"{name}.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    if private_key is not None:
        (HERE / f"{name}.key").write_bytes(
            private_key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )


def name(common):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def certificate(subject, issuer, public_key, signing_key, start, end, sans, ca):
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    if not ca:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
    return builder.sign(signing_key, hashes.SHA256())


LOOPBACK = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]

ca_key = key()
ca = certificate(name("Key Doctor test CA"), name("Key Doctor test CA"), ca_key.public_key(),
                 ca_key, NOW - datetime.timedelta(days=1), NOW + LONG, None, True)
write("ca", ca)

for file, sans, start, end in [
    ("signed", LOOPBACK, NOW - datetime.timedelta(days=1), NOW + LONG),
    ("expired", LOOPBACK, NOW - datetime.timedelta(days=400), NOW - datetime.timedelta(days=30)),
    ("other-name", [x509.DNSName("other.example")], NOW - datetime.timedelta(days=1), NOW + LONG),
]:
    leaf_key = key()
    write(file, certificate(name("127.0.0.1"), name("Key Doctor test CA"), leaf_key.public_key(),
                            ca_key, start, end, sans, False), leaf_key)

# What an intercepting box without a trusted CA presents: a certificate that signs itself.
self_key = key()
write("self-signed", certificate(name("127.0.0.1"), name("127.0.0.1"), self_key.public_key(),
                                 self_key, NOW - datetime.timedelta(days=1), NOW + LONG, LOOPBACK,
                                 True), self_key)
