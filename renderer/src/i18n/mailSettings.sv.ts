/** In Swedish: the bureau's mail server settings (Byrån > E-post) and the test message. mailSettings.en.ts has the same shape. */
export const mailSettingsSv = {
  title: '',
};
