// Release builds on Windows are GUI programs: started from Explorer or the Start menu they open
// no console window beside the app. Debug builds keep the console for developers' logs.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_to_parent_console();
    // The system's language from the start, so a refused flag value is said in it too; `run`
    // makes it English for a command that prints JSON. clap's own help stays English.
    key_doctor::i18n::set_language(key_doctor::i18n::Language::of_system());
    let cli = key_doctor::cli::parse();
    // The sentences say what went wrong; the libraries' own log lines (a TLS verifier logs one
    // per failed connection) are for whoever asks for them.
    let default_filter = if cli.verbose { "warn" } else { "off" };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("KEY_DOCTOR_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_filter)),
        )
        .with_writer(std::io::stderr)
        .init();
    key_doctor::cli::run(cli)
}

/// A GUI program gets no console, so `key-doctor check` typed into cmd or PowerShell would print
/// nothing. Borrowing the console of the terminal that started us makes stdout and stderr (and
/// `--help`, `--version`) reach it. Started from Explorer there is no parent console: the call
/// fails and nothing changes, which is what we want.
#[cfg(windows)]
fn attach_to_parent_console() {
    use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_INPUT_HANDLE,
        STD_OUTPUT_HANDLE, SetStdHandle,
    };
    // Handles the parent already gave us (`key-doctor check --json > out.json`, a pipe) must
    // survive: older Windows versions point every standard handle at the console on attach.
    let standard_handles = [STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];
    // SAFETY: these calls take plain values, touch no memory of ours and report failure through
    // their return values.
    unsafe {
        let inherited = standard_handles.map(|which| (which, GetStdHandle(which)));
        if AttachConsole(ATTACH_PARENT_PROCESS) == 0 {
            return;
        }
        for (which, handle) in inherited {
            if !handle.is_null() && handle != INVALID_HANDLE_VALUE {
                SetStdHandle(which, handle);
            }
        }
    }
}
