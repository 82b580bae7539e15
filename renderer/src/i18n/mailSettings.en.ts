import type { mailSettingsSv } from './mailSettings.sv';

/** In English: the bureau's mail server settings (Byrån > E-post) and the test message. */
export const mailSettingsEn: typeof mailSettingsSv = {
  title: '',
};
