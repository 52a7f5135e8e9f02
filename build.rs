//! Puts the icon and the version information into key-doctor.exe, so Explorer, the task bar and
//! the file's Properties show them. Only Windows targets need this; elsewhere it does nothing.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=icons/key-doctor.ico");
    // The target, not the host (`cfg!(windows)` would be the host): cross-compiling from Linux
    // to Windows must embed the resources too.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    // Version numbers (FILEVERSION, PRODUCTVERSION) come from CARGO_PKG_VERSION by default.
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("icons/key-doctor.ico")
        .set("ProductName", "Key Doctor")
        .set("FileDescription", "Key Doctor")
        .set("InternalName", "key-doctor")
        .set("OriginalFilename", "key-doctor.exe")
        .set("CompanyName", "The Key Doctor developers")
        .set(
            "LegalCopyright",
            "The Key Doctor developers. MIT OR Apache-2.0.",
        );
    if let Err(error) = resource.compile() {
        // A build script reports failure by exiting non-zero; the message says what is missing
        // (rc.exe from the Windows SDK, or windres from MinGW-w64 when cross-compiling).
        eprintln!("could not embed the Windows icon and version information: {error}");
        std::process::exit(1);
    }
}
